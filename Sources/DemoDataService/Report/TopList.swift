import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The `limit` greatest elements seen, by `ranksBefore`, in bounded memory: the list keeps
/// no more than `limit` elements however many are offered.
package struct TopList<Element> {
    package let limit: Int
    /// Whether the first element ranks before (is better than) the second.
    private let ranksBefore: (Element, Element) -> Bool
    /// The best elements so far, best first.
    package private(set) var elements: [Element] = []

    package init(limit: Int, ranksBefore: @escaping (Element, Element) -> Bool) {
        self.limit = limit
        self.ranksBefore = ranksBefore
    }

    package mutating func offer(_ element: Element) {
        guard limit > 0 else { return }
        if elements.count == limit {
            guard let last = elements.last, ranksBefore(element, last) else { return }
            elements.removeLast()
        }
        let position = elements.firstIndex { ranksBefore(element, $0) } ?? elements.count
        elements.insert(element, at: position)
    }
}
