// The library product: every layer of the library, re-exported, so that `import DemoData`
// gives a library user (and the command-line tool) all of it.
@_exported import DemoDataArchive
@_exported import DemoDataCore
@_exported import DemoDataEngine
@_exported import DemoDataService
@_exported import DemoDataVerification
@_exported import DemoDataVocabulary
