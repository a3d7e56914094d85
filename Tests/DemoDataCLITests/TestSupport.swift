/// The test support target (`Tests/DemoDataTestSupport`) for every file of this target.
@_exported import DemoDataTestSupport
