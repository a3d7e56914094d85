import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The size and SHA-256 of a regular file, computed on a thread of its own while the caller
/// regenerates what the file should be. It reads no further than the regeneration has reached
/// (`ReadAllowance`) and one byte past its end, and no more than a limit (the size the manifest
/// records), so the work is bounded by the regenerated file whatever the file holds and
/// however the threads run.
package final class BackgroundFileDigest: Sendable {
    /// The file's size and digest, or nil when it could not be read to its end.
    package struct Digest: Equatable, Sendable {
        package let size: UInt64
        package let sha256: String
    }

    private let cancelled = Atomic<Bool>(false)
    private let outcome = Mutex<Digest?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let readBytes = Atomic<UInt64>(0)
    private let limit: UInt64
    private let allowance: ReadAllowance

    /// Starts reading the file at `path`, which must be a regular file, not a link, of at most
    /// `limit` bytes (a larger one has no digest), as far as `allowance` lets it.
    package init(path: String, limit: UInt64, allowance: ReadAllowance) {
        self.limit = limit
        self.allowance = allowance
        let thread = Thread { [self] in
            let found = self.digest(of: path)
            outcome.withLock { $0 = found }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The bytes read so far.
    package var bytesRead: UInt64 { readBytes.load(ordering: .relaxed) }

    /// Stops reading at the next piece.
    package func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// Waits for the digest; nil when the file could not be read whole or the reading was
    /// cancelled.
    package func result() -> Digest? {
        done.wait()
        done.signal()
        return outcome.withLock { $0 }
    }

    private func digest(of path: String) -> Digest? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            UInt64(info.st_size) <= limit
        else { return nil }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256Hasher()
        var size: UInt64 = 0
        while !cancelled.load(ordering: .relaxed) {
            let (granted, isFinal) = allowance.wait(beyond: size)
            // At the end, one byte more than the regeneration: a longer file shows as such.
            let reach = isFinal ? granted + 1 : granted
            guard size < reach else { return nil }
            let wanted = Int(min(UInt64(buffer.count), reach - size))
            let count = read(descriptor, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 {
                return Digest(size: size, sha256: hasher.finalizeHex())
            }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            size += UInt64(count)
            readBytes.wrappingAdd(UInt64(count), ordering: .relaxed)
            if size > limit { return nil }
        }
        return nil
    }
}
