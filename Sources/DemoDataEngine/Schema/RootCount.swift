import DemoDataCore
import DemoDataVocabulary

/// How many rows a root table has: the registry's one statement of a table's counts.
package enum RootCount: Sendable {
    /// The same at every volume and scale (the foundation tables).
    case fixed(Int)
    /// At scale 1 of each volume; multiplied by the scale, and replaced by a count the user
    /// gives (`--count TABLE=N`).
    case perVolume(small: Int, medium: Int, large: Int, huge: Int)

    /// The count at scale 1 of `volume`.
    package func atScaleOne(_ volume: Volume) -> Int {
        switch self {
        case .fixed(let count): count
        case .perVolume(let small, let medium, let large, let huge):
            switch volume {
            case .small: small
            case .medium: medium
            case .large: large
            case .huge: huge
            }
        }
    }

    /// Whether the count follows the volume and scale and can be given by the user.
    package var isSized: Bool {
        if case .perVolume = self { true } else { false }
    }
}
