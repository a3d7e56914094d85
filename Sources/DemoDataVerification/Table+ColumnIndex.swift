import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension Table {
    /// The position of the column `name` in the table's rows.
    ///
    /// The verifier's rules name the columns they read; looking them up in the one schema
    /// definition keeps them right when columns move. A name missing from the schema is a
    /// programming error, caught by the first test that verifies an archive.
    package func columnIndex(_ name: String) -> Int {
        guard let index = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("\(self.name) has no column \(name)")
        }
        return index
    }
}
