import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// A horizontal bar chart as inline SVG: one row per bar with its label on the left, a bar
/// scaled to the largest value, and the value printed after it. Each bar carries `data-key`,
/// `data-value` and `data-count`, and a tooltip.
package struct ReportBarChart {
    /// The chart's name, in `data-chart`.
    package let name: String
    package let bars: [ReportBar]
    /// The number each bar shows, and how it is printed.
    package let value: (ReportBar) -> Int
    package let valueText: (ReportBar) -> String
    package let tooltip: (ReportBar) -> String
    package let title: String
    package let color: String

    private static let width = 600
    private static let rowHeight = 22
    private static let labelWidth = 128
    private static let valueWidth = 150

    package var svg: String {
        let values = bars.map(value)
        let largest = max(1, values.max() ?? 0)
        let span = Self.width - Self.labelWidth - Self.valueWidth
        let height = Self.rowHeight * bars.count + 30
        var svg =
            "<svg data-chart=\"\(name)\" viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\" "
            + "aria-label=\"\(ReportText.escaped(title))\">"
        for (index, bar) in bars.enumerated() {
            let y = index * Self.rowHeight + 4
            let length = Double(span) * Double(values[index]) / Double(largest)
            svg +=
                "<text class=\"label\" x=\"\(Self.labelWidth - 8)\" y=\"\(y + 14)\" "
                + "text-anchor=\"end\">\(ReportText.escaped(bar.label))</text>"
                + "<rect data-key=\"\(ReportText.escaped(bar.label))\" data-value=\"\(bar.cents)\" "
                + "data-count=\"\(bar.count)\" x=\"\(Self.labelWidth)\" y=\"\(y + 2)\" "
                + "width=\"\(ReportColumnChart.number(max(0.5, length)))\" "
                + "height=\"\(Self.rowHeight - 6)\" fill=\"\(color)\" rx=\"2\">"
                + "<title>\(ReportText.escaped(tooltip(bar)))</title></rect>"
                + "<text class=\"value\" x=\"\(ReportColumnChart.number(Double(Self.labelWidth) + length + 6))\" "
                + "y=\"\(y + 14)\">\(ReportText.escaped(valueText(bar)))</text>"
        }
        let axisY = Self.rowHeight * bars.count + 6
        svg +=
            "<line class=\"axis\" x1=\"\(Self.labelWidth)\" x2=\"\(Self.labelWidth + span)\" "
            + "y1=\"\(axisY)\" y2=\"\(axisY)\"/>"
            + "<text class=\"title\" x=\"\(Self.labelWidth + span / 2)\" y=\"\(axisY + 20)\" "
            + "text-anchor=\"middle\">\(ReportText.escaped(title))</text></svg>"
        return svg
    }
}
