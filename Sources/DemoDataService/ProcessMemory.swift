import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The memory the process has used, as the kernel reports it.
package enum ProcessMemory {
    /// Peak resident set size (VmHWM of /proc/self/status), in bytes; 0 where unavailable.
    package static func peakResidentBytes() -> UInt64 {
        guard let bytes = try? FileSystem.read("/proc/self/status") else { return 0 }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (UInt64(digits) ?? 0) * 1024
        }
        return 0
    }
}
