import DemoDataCore
import DemoDataVocabulary

/// A value constraint on a column that DDL turns into a CHECK and verify enforces.
public enum ColumnCheck: Sendable, Hashable {
    /// The value is one of these strings.
    case oneOf([String])
    /// The value lies in this inclusive range, written as SQL literals (`0`, `100.00`).
    case between(String, String)
}
