/// Versions that archives record.
public enum DemoDataVersion {
    /// The version of the demodata program.
    public static let generator = "0.2.0"
    /// The version of the generated data: bumped whenever any generated value changes, so that
    /// the same data version, seed and options always mean the same bytes.
    public static let data = 2
}
