import Foundation

/// One run of the built `demodata` binary (or another program): its exit status and what it
/// wrote.
///
/// The binary is `DEMODATA_BINARY` when that is set (the test script points it at the release
/// build), else `.build/debug/demodata` in the package.
struct VerifyCommandRun {
    let status: Int32
    let standardOutput: String
    let standardError: String

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["DEMODATA_BINARY"], !path.isEmpty {
            return path
        }
        return URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: ".build/debug/demodata").path
    }

    /// Runs `demodata` with `arguments`, capturing its output in files (never a full pipe).
    init(_ arguments: [String]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw VerifyFailure(
                "no demodata binary at \(Self.binary); build it or set DEMODATA_BINARY")
        }
        try self.init(program: Self.binary, arguments)
    }

    /// Runs the program at `program` with `arguments`, capturing its output in files.
    init(program: String, _ arguments: [String]) throws {
        let capture = try TemporaryDirectory()
        let outputPath = capture.file("stdout")
        let errorPath = capture.file("stderr")
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
            FileManager.default.createFile(atPath: errorPath, contents: nil)
        else {
            throw VerifyFailure("cannot create the capture files in \(capture.path)")
        }
        let output = try FileHandle(forWritingTo: URL(filePath: outputPath))
        let error = try FileHandle(forWritingTo: URL(filePath: errorPath))
        let process = Process()
        process.executableURL = URL(filePath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        status = process.terminationStatus
        standardOutput = try String(contentsOfFile: outputPath, encoding: .utf8)
        standardError = try String(contentsOfFile: errorPath, encoding: .utf8)
    }

    /// The lines of standard error.
    var errorLines: [String] {
        standardError.split(separator: "\n").map(String.init)
    }
}
