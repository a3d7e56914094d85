import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension VerificationReport {
    /// The report as a JSON document (UTF-8, ending with a newline), for `verify --json`:
    /// `passed`, `complete`, `outcome` (`passed`, `failed` or `incomplete`), `regenerated`,
    /// `incomplete_reasons`, `directory`, `rows`, `finding_count`, `bytes_read` and
    /// `bytes_decompressed` (of the table files, all passes), `tables` [{`name`, `file`,
    /// `rows`}], `findings` [{`file`, `line`, `column` (null when none), `message`}] and
    /// `notes`.
    public func json() -> [UInt8] {
        JSONValue.object([
            ("passed", .bool(passed)),
            ("complete", .bool(complete)),
            ("outcome", .string(outcome)),
            ("regenerated", .bool(regenerated)),
            ("incomplete_reasons", .array(incompleteReasons.map(JSONValue.string))),
            ("directory", .string(directory)),
            ("rows", .integer(rowsChecked)),
            ("finding_count", .integer(findingCount)),
            ("bytes_read", .unsigned(bytesRead)),
            ("bytes_decompressed", .unsigned(bytesDecompressed)),
            (
                "tables",
                .array(
                    tables.map {
                        .object([
                            ("name", .string($0.name)), ("file", .string($0.file)),
                            ("rows", .integer($0.rows)),
                        ])
                    })
            ),
            (
                "findings",
                .array(
                    findings.map {
                        .object([
                            ("file", .string($0.file)), ("line", .integer($0.line)),
                            ("column", $0.column.map(JSONValue.string) ?? .null),
                            ("message", .string($0.message)),
                        ])
                    })
            ),
            ("notes", .array(notes.map(JSONValue.string))),
        ]).serialized()
    }
}
