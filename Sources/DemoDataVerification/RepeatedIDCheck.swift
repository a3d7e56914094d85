import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// Finds ids that occur more than once in a table too large to keep a set of its ids: the ids
/// are split by hash into `passes` parts, and each read of the file keeps one part in an array
/// of 24-byte entries, sorts it and reports the ids that repeat.
///
/// `passes` is chosen from the expected row count so that one part holds about `budget` ids at
/// most: memory stays below `budget` × 24 bytes (and as much again while a part is sorted)
/// however large the table is, and a table of more than `budget` rows costs one more read of
/// its file per `budget` rows.
package struct RepeatedIDCheck {
    package struct Entry {
        package let key: Key128
        package let line: Int
    }

    /// A repeated id: the line it repeats on and the first line that has it.
    package struct Repeat: Equatable {
        package let line: Int
        package let firstLine: Int
        package let key: Key128
    }

    package let passes: Int
    package private(set) var pass = 0
    private var entries: [Entry] = []

    package init(expectedRows: Int, budget: Int) {
        let budget = max(1, budget)
        passes = max(1, (max(0, expectedRows) + budget - 1) / budget)
        entries.reserveCapacity(min(max(0, expectedRows) / passes + 16, budget + 16))
    }

    /// Remembers `key` if it belongs to the current pass.
    @inline(__always)
    package mutating func offer(_ key: Key128, line: Int) {
        if passes == 1 || Int(mix64(key.high ^ key.low) % UInt64(passes)) == pass {
            entries.append(Entry(key: key, line: line))
        }
    }

    /// Ends the current pass and returns its repeated ids in line order.
    package mutating func endPass() -> [Repeat] {
        entries.sort { ($0.key, $0.line) < ($1.key, $1.line) }
        var repeats: [Repeat] = []
        var first = 0
        for index in entries.indices.dropFirst() {
            if entries[index].key == entries[first].key {
                repeats.append(
                    Repeat(
                        line: entries[index].line, firstLine: entries[first].line,
                        key: entries[index].key))
            } else {
                first = index
            }
        }
        entries.removeAll(keepingCapacity: true)
        pass += 1
        return repeats.sorted { $0.line < $1.line }
    }
}
