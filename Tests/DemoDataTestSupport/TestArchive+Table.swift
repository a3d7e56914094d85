import DemoData
import Foundation

/// The reader's questions asked with the product's `Table`, for the unit and integration
/// tests.
extension TestArchive {
    public func file(of table: Table) throws -> URL {
        try file(of: table.name)
    }

    public func content(_ table: Table) throws -> [UInt8] {
        try content(table.name)
    }

    public func rows(_ table: Table) throws -> [[String?]] {
        try rows(table.name)
    }

    public func objects(_ table: Table) throws -> [[String: Any]] {
        try objects(table.name)
    }

    public func sum(_ column: String, of table: Table) throws -> String {
        try sum(column, of: table.name)
    }
}
