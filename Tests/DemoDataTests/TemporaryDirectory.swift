@_exported import DemoDataTestSupport

/// The unit tests' temporary directory: removed when released.
typealias TemporaryDirectory = TestDirectory
