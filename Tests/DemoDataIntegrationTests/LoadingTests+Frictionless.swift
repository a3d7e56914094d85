import DemoData
import Foundation
import Testing

extension LoadingTests {
    /// Every archive's `datapackage.json` under `frictionless validate` (PyPI `frictionless`,
    /// with its `json` extra for NDJSON): the archives pass, and a dangling foreign key fails.
    @Suite(
        "Frictionless data package",
        .enabled(
            if: ExternalCommand.isInstalled("frictionless"),
            "frictionless is not installed (pip install 'frictionless[json]')"))
    struct Frictionless {
        let fixture: IntegrationFixture

        init() throws {
            fixture = try IntegrationFixture.required()
        }

        /// `frictionless validate --json datapackage.json` in `archive`: whether it is valid,
        /// and the error types of each resource that has errors.
        func validate(_ archive: URL) async throws -> (valid: Bool, errors: [String: [String]]) {
            let output = try await ExternalCommand.run(
                program: "frictionless", ["validate", "--json", "datapackage.json"], in: archive)
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(output.outputText.utf8))
                    as? [String: Any], "\(output)")
            var errors: [String: [String]] = [:]
            for task in report["tasks"] as? [[String: Any]] ?? [] {
                let types = (task["errors"] as? [[String: Any]] ?? []).compactMap {
                    $0["type"] as? String
                }
                if !types.isEmpty, let name = task["name"] as? String {
                    errors[name] = Array(Set(types)).sorted()
                }
            }
            let valid = try #require(report["valid"] as? Bool, "\(output)")
            #expect(valid == (output.status == 0), "\(output)")
            return (valid, errors)
        }

        @Test("The archive validates: every resource, constraint and reference")
        func archiveValidates() async throws {
            for archive in [fixture.csvArchive, fixture.ndjsonArchive] {
                let result = try await validate(archive)
                #expect(result.valid, "\(archive.lastPathComponent): \(result.errors)")
                #expect(result.errors.isEmpty)
            }
        }

        @Test("A dangling foreign key fails validation, and only on that key")
        func danglingKeyFails() async throws {
            let scratch = try TestDirectory(named: "frictionless")
            defer { scratch.remove() }
            for archive in [fixture.csvArchive, fixture.ndjsonArchive] {
                let damaged = scratch.appending("dangling " + archive.lastPathComponent)
                try await DamagedArchives.copyWithDanglingInvoice(archive, to: damaged)
                // The descriptor gets the new file's size and hash, as a careful forger would,
                // so that only the reference is wrong.
                try await ExternalCommand.bash(
                    """
                    cd "$ARCHIVE"
                    python3 - <<'PY'
                    import hashlib, json
                    with open("datapackage.json") as handle:
                        package = json.load(handle)
                    for resource in package["resources"]:
                        with open(resource["path"], "rb") as handle:
                            data = handle.read()
                        resource["bytes"] = len(data)
                        resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
                    with open("datapackage.json", "w") as handle:
                        json.dump(package, handle, indent=2)
                    PY
                    """, environment: ["ARCHIVE": damaged.path]
                ).checked()
                let result = try await validate(damaged)
                #expect(!result.valid)
                #expect(
                    result.errors == ["invoice_line_items": ["foreign-key"]], "\(result.errors)")
            }
        }
    }
}
