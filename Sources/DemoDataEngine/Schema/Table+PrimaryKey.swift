import DemoDataCore
import DemoDataVocabulary

extension Table {
    /// The name of the primary key column, which every table has and foreign keys reference.
    public static let primaryKey = "id"
}
