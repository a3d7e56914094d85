import ArgumentParser

extension ProgressMode {
    /// `--progress` in any letter case (`--progress JSON`).
    init?(argument: String) {
        guard let value = ArgumentChoice.value(Self.self, argument) else { return nil }
        self = value
    }
}
