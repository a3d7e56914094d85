import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

extension ArchiveReport {
    /// The report as one self-contained HTML page: inline style, inline SVG charts, no
    /// script and nothing fetched from anywhere.
    public var html: String { ReportPage(report: self).html }
}
