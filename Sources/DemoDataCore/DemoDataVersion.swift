/// Versions that archives record.
public enum DemoDataVersion {
    /// The version of the demodata program.
    public static let generator = "0.3.0"
    /// The version of the generated data: bumped whenever any generated value changes, so that
    /// the same data version, seed and options always mean the same bytes.
    public static let data = 3

    /// Every release of demodata and the data version it makes, oldest first (this program's
    /// last, released or not): `verify` names the release that regenerates an archive of
    /// another data version.
    public static let releases: [(program: String, data: Int)] = [
        ("0.1.0", 1),
        ("0.2.0", 2),
        (generator, data),
    ]

    /// The newest release that makes data version `data`, if one does.
    public static func release(making data: Int) -> String? {
        releases.last { $0.data == data }?.program
    }

    /// The data version that release `program` makes, if it is a release.
    public static func data(of program: String) -> Int? {
        releases.first { $0.program == program }?.data
    }
}
