import DemoDataCore
import DemoDataEngine

extension Manifest {
    /// What wrote the archive: demodata's name and version, and the compression library that
    /// compressed the files (another build may compress the same content to other bytes),
    /// under the name its codec gives it (`"zlib": "1.2.13"`).
    public struct Generator: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
        /// The libraries recorded, in the codecs' order (demodata records one, its codec's).
        public var libraries: [Library]

        /// A compression library and its version.
        public struct Library: Sendable, Equatable {
            public var name: String
            public var version: String

            public init(name: String, version: String) {
                self.name = name
                self.version = version
            }
        }

        /// The names a manifest may record libraries under: each codec's, in the codecs' order.
        package static let libraryNames: [String] = Compression.allCases.compactMap {
            $0.codec.library?.name
        }

        public init(name: String, version: String, libraries: [Library] = []) {
            self.name = name
            self.version = version
            self.libraries = libraries
        }

        public init(name: String, version: String, zlib: String?, zstd: String? = nil) {
            self.init(name: name, version: version)
            self.zlib = zlib
            self.zstd = zstd
        }

        /// The version recorded for the library `name`, if any.
        public func library(named name: String) -> String? {
            libraries.first { $0.name == name }?.version
        }

        /// Records `version` for the library `name` (nil removes it), keeping the codecs' order.
        public mutating func setLibrary(_ name: String, _ version: String?) {
            libraries.removeAll { $0.name == name }
            if let version {
                libraries.append(Library(name: name, version: version))
                let order = Self.libraryNames
                libraries.sort {
                    (order.firstIndex(of: $0.name) ?? order.count)
                        < (order.firstIndex(of: $1.name) ?? order.count)
                }
            }
        }

        /// zlib's version, if recorded (the gzip codec's library).
        public var zlib: String? {
            get { library(named: "zlib") }
            set { setLibrary("zlib", newValue) }
        }

        /// libzstd's version, if recorded (the zstd codec's library).
        public var zstd: String? {
            get { library(named: "zstd") }
            set { setLibrary("zstd", newValue) }
        }

        /// Decodes `{"name": …, "version": …, "<library>": …}`, refusing a key that is neither `name`, `version`
        /// nor a codec's library.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: NamedCodingKey.self)
            name = try container.decode(String.self, forKey: NamedCodingKey(stringValue: "name"))
            version = try container.decode(
                String.self, forKey: NamedCodingKey(stringValue: "version"))
            libraries = []
            for key in container.allKeys
            where key.stringValue != "name" && key.stringValue != "version" {
                guard Self.libraryNames.contains(key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription:
                            "generator.\(key.stringValue) is not a compression library demodata "
                            + "records (" + Self.libraryNames.joined(separator: ", ") + ")")
                }
                setLibrary(key.stringValue, try container.decode(String.self, forKey: key))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: NamedCodingKey.self)
            try container.encode(name, forKey: NamedCodingKey(stringValue: "name"))
            try container.encode(version, forKey: NamedCodingKey(stringValue: "version"))
            for library in libraries {
                try container.encode(
                    library.version, forKey: NamedCodingKey(stringValue: library.name))
            }
        }
    }
}
