import DemoDataCore
import DemoDataVocabulary

/// Hashes a whole file while the Parquet reader reads pieces of it: a piece that starts where
/// hashing has reached or later is hashed as it is read (with the bytes before it), so a file
/// whose row groups are in order — every file demodata writes — is read once. A piece out of
/// order makes `finish` hash the whole file again.
package struct ParquetFileHasher {
    private let file: ParquetInputFile
    private var hasher = SHA256Hasher()
    /// The bytes hashed so far, from the start.
    private var hashed = 0
    private var inOrder = true
    private let scratch = ByteBuffer(capacity: 1 << 20)

    package init(file: ParquetInputFile) {
        self.file = file
    }

    /// Appends the file's bytes in `range` to `buffer`.
    package mutating func read(_ range: Range<Int>, into buffer: ByteBuffer) throws {
        guard inOrder && range.lowerBound >= hashed else {
            inOrder = false
            try file.read(at: range.lowerBound, count: range.count, into: buffer)
            return
        }
        try hash(upTo: range.lowerBound)
        let start = buffer.count
        try file.read(at: range.lowerBound, count: range.count, into: buffer)
        hasher.update(buffer.bytes(from: start))
        hashed = range.upperBound
    }

    /// The file's SHA-256 in hex, once the rest of it is hashed, and why the file could not be
    /// read to its end, if it could not.
    package mutating func finish() -> (sha256: String, problem: String?) {
        var problem: String?
        do {
            if !inOrder {
                hasher = SHA256Hasher()
                hashed = 0
            }
            try hash(upTo: file.size)
        } catch {
            problem = "\(error)"
        }
        return (hasher.finalizeHex(), problem)
    }

    private mutating func hash(upTo end: Int) throws {
        while hashed < end {
            let count = min(end - hashed, 1 << 20)
            scratch.removeAll()
            try file.read(at: hashed, count: count, into: scratch)
            hasher.update(scratch.bytes)
            hashed += count
        }
    }
}
