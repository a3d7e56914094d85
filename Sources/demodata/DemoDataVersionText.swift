import DemoData

/// The version line of `demodata --version`.
enum DemoDataVersionText {
    static let text = "\(DemoDataVersion.generator) (data version \(DemoDataVersion.data))"
}
