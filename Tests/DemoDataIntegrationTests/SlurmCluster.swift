import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A throwaway one-node Slurm cluster on localhost: its own munged with a fresh key, slurmctld
/// and slurmd, all as root, every file (configuration, key, sockets, state, spool, logs) in a
/// scratch directory, on TCP ports that were free when it started. Clients reach it through
/// `SLURM_CONF` (`environment`); jobs run as root on this machine, with no cgroups.
final class SlurmCluster: Sendable {
    let directory: TestDirectory
    /// The cluster's slurm.conf, which `SLURM_CONF` names for every client and job.
    let configuration: URL

    /// The daemons and clients the tests use, and where Debian installs them.
    private static let daemons = ["munged", "slurmctld", "slurmd"]
    private static let clients = ["sbatch", "sinfo", "scontrol", "scancel"]
    private static let searchPath = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]

    /// Whether MUNGE and Slurm are installed and the tests run as root, which a cluster whose
    /// slurmd starts jobs needs.
    static var isAvailable: Bool {
        getuid() == 0 && (daemons + clients).allSatisfy { program($0) != nil }
    }

    /// Why the Slurm test cannot run, for the skip message and the CI failure.
    static var missingMessage: String {
        if getuid() != 0 {
            return "the Slurm test runs slurmd, which starts jobs, and needs root"
        }
        let missing = (daemons + clients).filter { program($0) == nil }
        return "Slurm and MUNGE are not installed (no \(missing.joined(separator: ", ")) in "
            + "\(searchPath.joined(separator: ":"))); install slurm-wlm and munge "
            + "(apt-get install slurm-wlm munge, or bash Scripts/setup.sh --tests)"
    }

    /// The path of an installed program of Slurm or MUNGE.
    private static func program(_ name: String) -> String? {
        searchPath.map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    private static func installed(_ name: String) throws -> URL {
        URL(filePath: try program(name).unwrapped(missingMessage))
    }

    private init(directory: TestDirectory) {
        self.directory = directory
        configuration = directory.appending("slurm.conf")
    }

    /// The variables that point Slurm's clients, and through `--export=ALL` the jobs, at this
    /// cluster.
    var environment: [String: String] {
        ["SLURM_CONF": configuration.path]
    }

    /// Starts munged, slurmctld and slurmd and waits until the node is idle; stop the cluster
    /// with `stop()`.
    static func start() async throws -> SlurmCluster {
        let cluster = SlurmCluster(directory: try TestDirectory(named: "slurm"))
        do {
            try await cluster.launch()
            return cluster
        } catch {
            await cluster.stop()
            throw error
        }
    }

    private func path(_ name: String) -> String { directory.appending(name).path }

    private func launch() async throws {
        for folder in ["state", "spool", "log"] {
            try FileManager.default.createDirectory(
                atPath: path(folder), withIntermediateDirectories: true)
        }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<1024).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        guard
            FileManager.default.createFile(
                atPath: path("munge.key"), contents: key, attributes: [.posixPermissions: 0o600])
        else {
            throw TestFailure("cannot write the MUNGE key \(path("munge.key"))")
        }
        // --force: munged refuses to run as root without it.
        try await daemon(
            "munged",
            [
                "--force", "--key-file=\(path("munge.key"))", "--socket=\(path("munge.socket"))",
                "--pid-file=\(path("munged.pid"))", "--log-file=\(path("log/munged.log"))",
                "--seed-file=\(path("munged.seed"))",
            ])

        let ports = try Self.freePorts(2)
        let settings = """
            ClusterName=demodatatest
            SlurmctldHost=localhost
            SlurmctldPort=\(ports[0])
            SlurmdPort=\(ports[1])
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            CredType=cred/munge
            AuthInfo=socket=\(path("munge.socket"))
            StateSaveLocation=\(path("state"))
            SlurmdSpoolDir=\(path("spool"))
            SlurmctldPidFile=\(path("slurmctld.pid"))
            SlurmdPidFile=\(path("slurmd.pid"))
            SlurmctldLogFile=\(path("log/slurmctld.log"))
            SlurmdLogFile=\(path("log/slurmd.log"))
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_Core
            MpiDefault=none
            AccountingStorageType=accounting_storage/none
            JobAcctGatherType=jobacct_gather/none
            JobCompType=jobcomp/none
            ReturnToService=2
            NodeName=localhost CPUs=2 RealMemory=1024 State=UNKNOWN
            PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP

            """
        try Data(settings.utf8).write(to: configuration)
        // -i: start without the state of an earlier controller.
        try await daemon("slurmctld", ["-f", configuration.path, "-i"])
        try await daemon("slurmd", ["-f", configuration.path, "-N", "localhost"])
        try await waitUntilIdle()
    }

    /// Runs a daemon of MUNGE or Slurm, which detaches and leaves its pid file.
    private func daemon(_ name: String, _ arguments: [String]) async throws {
        let command = ExternalCommand.closingInheritedDescriptors(
            [try Self.installed(name).path] + arguments)
        let output = try await ExternalCommand.run(
            URL(filePath: command[0]), Array(command.dropFirst()), environment: environment)
        guard output.succeeded else {
            throw TestFailure("\(name) did not start: \(output)\n\(logs())")
        }
    }

    /// Waits up to 30 seconds for slurmd to register and the node to accept jobs.
    private func waitUntilIdle() async throws {
        var state = ""
        for _ in 0..<300 {
            state = try await client("sinfo", ["-h", "-n", "localhost", "-o", "%T"])
                .trimmedOutput
            if state == "idle" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("the node is '\(state)', not idle, after 30 s\n\(logs())")
    }

    /// Runs a Slurm client (sbatch, sinfo, scontrol, scancel) against this cluster.
    func client(_ name: String, _ arguments: [String]) async throws -> TestProcess.Result {
        try await ExternalCommand.run(
            try Self.installed(name), arguments, environment: environment)
    }

    /// Every task of the jobs `ids` as `scontrol -o show job` reports it: one dictionary of
    /// its fields (JobId, ArrayTaskId, JobState, ExitCode, StdOut, …) per task.
    func jobs(_ ids: [String]) async throws -> [[String: String]] {
        var tasks: [[String: String]] = []
        for id in ids {
            let output = try await client("scontrol", ["-o", "show", "job", id]).checked()
            for line in output.outputText.split(separator: "\n") {
                var fields: [String: String] = [:]
                for field in line.split(separator: " ") {
                    let parts = field.split(separator: "=", maxSplits: 1)
                    if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
                }
                tasks.append(fields)
            }
        }
        return tasks
    }

    /// The states in which a job has ended.
    static let finishedStates: Set<String> = [
        "COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY",
        "PREEMPTED", "BOOT_FAIL", "DEADLINE",
    ]

    /// Whether a task has ended or never will: a job whose dependency failed stays pending for
    /// ever, with the reason DependencyNeverSatisfied.
    static func isSettled(_ task: [String: String]) -> Bool {
        finishedStates.contains(task["JobState"] ?? "")
            || task["Reason"] == "DependencyNeverSatisfied"
    }

    /// Waits until every task of the jobs `ids` has ended or never will (`isSettled`), polling
    /// twice a second for at most `attempts` polls, and returns them; throws with their states
    /// and the daemons' logs when they have not by then.
    func waitForJobs(_ ids: [String], attempts: Int) async throws -> [[String: String]] {
        var tasks: [[String: String]] = []
        for _ in 0..<attempts {
            tasks = try await jobs(ids)
            if tasks.allSatisfy(Self.isSettled) {
                return tasks
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        let states = tasks.map { "\($0["JobId"] ?? "?") \($0["JobState"] ?? "?")" }
        throw TestFailure(
            "jobs \(ids) have not ended after \(attempts / 2) s: \(states)\n\(logs())")
    }

    /// The end of the daemons' logs, for failure messages.
    func logs() -> String {
        ["munged", "slurmctld", "slurmd"].map { name in
            let log = (try? String(contentsOfFile: path("log/\(name).log"), encoding: .utf8)) ?? ""
            let tail = log.split(separator: "\n").suffix(20).joined(separator: "\n")
            return "\(name).log:\n\(tail)"
        }.joined(separator: "\n")
    }

    /// Cancels every job, stops the daemons (slurmd, slurmctld, munged: SIGTERM, then SIGKILL
    /// after 10 seconds) and removes the cluster's files; safe to call on a failed start.
    func stop() async {
        if FileManager.default.fileExists(atPath: path("slurmctld.pid")) {
            _ = try? await client("scancel", ["--user=root"])
        }
        for name in ["slurmd", "slurmctld", "munged"] {
            await terminate(pidFile: path("\(name).pid"))
        }
        directory.remove()
    }

    /// Ends the process named in `pidFile`, if there is one, and waits until it is gone.
    private func terminate(pidFile: String) async {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1
        else { return }
        guard kill(pid, SIGTERM) == 0 else { return }
        for _ in 0..<100 {
            if !Self.isRunning(pid) { return }
            try? await Task.sleep(for: .milliseconds(100))
        }
        kill(pid, SIGKILL)
    }

    /// Whether `pid` is a process that has not exited; a zombie, which has exited and waits
    /// for its parent to collect its status, has not.
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // The state follows the command name, which is in parentheses: "1234 (munged) Z ...".
        guard let close = status.lastIndex(of: ")") else { return false }
        return !status[close...].hasPrefix(") Z")
    }

    /// `count` different TCP ports on localhost that nothing listens on now: the kernel's
    /// choices for port 0, with every socket held open until all are chosen.
    private static func freePorts(_ count: Int) throws -> [Int] {
        var descriptors: [Int32] = []
        defer { descriptors.forEach { _ = close($0) } }
        var ports: [Int] = []
        for _ in 0..<count {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else {
                throw TestFailure("cannot open a socket to find a free port: errno \(errno)")
            }
            descriptors.append(descriptor)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                    bind(descriptor, pointer, length) == 0
                        && getsockname(descriptor, pointer, &length) == 0
                }
            }
            guard bound else {
                throw TestFailure("cannot bind a socket to find a free port: errno \(errno)")
            }
            ports.append(Int(UInt16(bigEndian: address.sin_port)))
        }
        return ports
    }
}
