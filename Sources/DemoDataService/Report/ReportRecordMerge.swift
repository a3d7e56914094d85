import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Merges sorted runs into one sorted sequence with a binary heap of their heads, and lets a
/// join look at the next record before taking it.
package final class ReportRecordMerge {
    private let readers: [ReportRecordReader]
    /// The head of each run that has one, as a min-heap of (record, run).
    private var heap: [(record: ReportRecord, run: Int)] = []

    package init(_ readers: [ReportRecordReader]) throws {
        self.readers = readers
        for run in readers.indices {
            if let record = try readers[run].next() {
                push((record, run))
            }
        }
    }

    /// The next record without taking it.
    package var peek: ReportRecord? { heap.first?.record }

    /// Takes the next record.
    package func next() throws -> ReportRecord? {
        guard let top = heap.first else { return nil }
        if let following = try readers[top.run].next() {
            heap[0] = (following, top.run)
            siftDown(0)
        } else {
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                siftDown(0)
            }
        }
        return top.record
    }

    /// Takes the records before `key`; returns how many.
    @discardableResult
    package func skip(before key: Key128) throws -> Int {
        var skipped = 0
        while let head = peek, head.key < key {
            _ = try next()
            skipped += 1
        }
        return skipped
    }

    private func push(_ entry: (record: ReportRecord, run: Int)) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].record < heap[parent].record else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].record < heap[smallest].record {
                smallest = left
            }
            if right < heap.count, heap[right].record < heap[smallest].record {
                smallest = right
            }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
