@_exported import DemoDataTestSupport

/// The integration tests' scratch directories (`init(named:)`, removed by `remove()`).
typealias ScratchDirectory = TestDirectory
