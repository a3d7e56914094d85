import DemoDataCore
import DemoDataVocabulary

extension Table {
    /// The root tables whose counts follow the volume and scale, in load order: the tables a
    /// user can give a count (`--count TABLE=N`) and a manifest's `counts` can name. From the
    /// registry's `RootCount`s, never a list of its own.
    public static let sizedRoots: [Table] = allCases.filter {
        $0.spec.rootCount?.isSized == true
    }
}
