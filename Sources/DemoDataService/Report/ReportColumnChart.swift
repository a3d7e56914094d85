import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// A column chart as inline SVG: one column per bar, a value axis with round ticks and grid
/// lines, the bars' labels below and an axis title on each axis. Each column carries
/// `data-key`, `data-value` and `data-count`, and a tooltip.
package struct ReportColumnChart {
    /// The chart's name, in `data-chart`.
    package let name: String
    package let bars: [ReportBar]
    /// The number each column shows.
    package let value: (ReportBar) -> Int
    /// A value as an axis tick.
    package let tick: (Int) -> String
    /// A bar as its tooltip.
    package let tooltip: (ReportBar) -> String
    package let xTitle: String
    package let yTitle: String
    package let color: String
    /// The width of the drawing, in the units of its view box: 600 for a card, 1200 for a
    /// card across the grid, so that text keeps its size.
    package var width = 600

    private static let height = 270
    private static let left = 66
    private static let right = 10
    private static let top = 12
    private static let bottom = 62

    package var svg: String {
        let plotWidth = width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let values = bars.map(value)
        let (step, ticks) = ReportAxis.ticks(maximum: values.max() ?? 0)
        let scale = Double(plotHeight) / Double(step * ticks)
        var svg =
            "<svg data-chart=\"\(name)\" viewBox=\"0 0 \(width) \(Self.height)\" "
            + "role=\"img\" aria-label=\"\(ReportText.escaped(yTitle)) by "
            + "\(ReportText.escaped(xTitle))\">"
        for index in 0...ticks {
            let y = Self.top + plotHeight - Int((Double(index * step) * scale).rounded())
            svg +=
                "<line class=\"grid\" x1=\"\(Self.left)\" x2=\"\(width - Self.right)\" "
                + "y1=\"\(y)\" y2=\"\(y)\"/>"
                + "<text class=\"tick\" x=\"\(Self.left - 6)\" y=\"\(y + 4)\" "
                + "text-anchor=\"end\">\(ReportText.escaped(tick(index * step)))</text>"
        }
        let slot = Double(plotWidth) / Double(max(1, bars.count))
        let gap = slot > 6 ? max(1.0, slot * 0.18) : 0
        let rotate = bars.count > 8 && (bars.map(\.label.count).max() ?? 0) > 3
        let every = max(1, (bars.count + 23) / 24)
        for (index, bar) in bars.enumerated() {
            let height = Double(values[index]) * scale
            let x = Double(Self.left) + slot * Double(index) + gap / 2
            let y = Double(Self.top + plotHeight) - height
            svg +=
                "<rect data-key=\"\(ReportText.escaped(bar.label))\" data-value=\"\(bar.cents)\" "
                + "data-count=\"\(bar.count)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" "
                + "width=\"\(Self.number(max(0.5, slot - gap)))\" "
                + "height=\"\(Self.number(height))\" fill=\"\(color)\">"
                + "<title>\(ReportText.escaped(tooltip(bar)))</title></rect>"
            guard index % every == 0 else { continue }
            let center = Self.number(x + (slot - gap) / 2)
            let labelY = Self.top + plotHeight + 14
            svg +=
                rotate
                ? "<text class=\"label\" transform=\"translate(\(center),\(labelY)) "
                    + "rotate(-40)\" text-anchor=\"end\">\(ReportText.escaped(bar.label))</text>"
                : "<text class=\"label\" x=\"\(center)\" y=\"\(labelY)\" "
                    + "text-anchor=\"middle\">\(ReportText.escaped(bar.label))</text>"
        }
        svg +=
            "<line class=\"axis\" x1=\"\(Self.left)\" x2=\"\(width - Self.right)\" "
            + "y1=\"\(Self.top + plotHeight)\" y2=\"\(Self.top + plotHeight)\"/>"
            + "<text class=\"title\" x=\"\(Self.left + plotWidth / 2)\" y=\"\(Self.height - 4)\" "
            + "text-anchor=\"middle\">\(ReportText.escaped(xTitle))</text>"
            + "<text class=\"title\" transform=\"translate(14,\(Self.top + plotHeight / 2)) "
            + "rotate(-90)\" text-anchor=\"middle\">\(ReportText.escaped(yTitle))</text></svg>"
        return svg
    }

    /// A coordinate with at most one decimal.
    package static func number(_ value: Double) -> String {
        ReportText.decimal(value, digits: 1).replacingOccurrences(of: ",", with: "")
    }
}
