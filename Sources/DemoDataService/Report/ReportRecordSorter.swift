import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Sorts any number of records in bounded memory: records gather in a buffer of
/// `runLength`; a full buffer is sorted and written to a run file in the report's temporary
/// directory; at the end the runs are merged, a few pages of each in memory. So joining a
/// table of millions of rows with another costs disk, never memory in proportion to it.
package final class ReportRecordSorter {
    private let directory: String
    private let name: String
    private let runLength: Int
    private var buffer: [ReportRecord] = []
    private var runs: [String] = []
    /// The records added.
    package private(set) var count = 0

    /// A sorter whose runs are files `name-N` in `directory`.
    package init(directory: String, name: String, runLength: Int) {
        precondition(runLength > 0, "a run holds at least one record")
        self.directory = directory
        self.name = name
        self.runLength = runLength
    }

    package func add(_ record: ReportRecord) throws {
        buffer.append(record)
        count += 1
        if buffer.count == runLength {
            try spill()
        }
    }

    /// The records in order. Call once, after the last `add`.
    package func sorted() throws -> ReportRecordMerge {
        buffer.sort()
        guard !runs.isEmpty else {
            let records = buffer
            buffer = []
            return try ReportRecordMerge([ReportRecordReader(records: records)])
        }
        if !buffer.isEmpty {
            try spill()
        }
        buffer = []
        return try ReportRecordMerge(runs.map(ReportRecordReader.init(path:)))
    }

    private func spill() throws {
        buffer.sort()
        let writer = try ReportRecordWriter(path: "\(directory)/\(name)-\(runs.count)")
        try writer.append(contentsOf: buffer)
        runs.append(writer.path)
        buffer.removeAll(keepingCapacity: true)
    }
}
