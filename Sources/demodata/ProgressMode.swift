import ArgumentParser

/// How `generate` reports progress on stderr.
enum ProgressMode: String, CaseIterable, ExpressibleByArgument {
    /// A bar when stderr is a terminal, nothing otherwise.
    case auto
    case bar
    /// One JSON object per line, for other programs to follow.
    case json
    case none
}
