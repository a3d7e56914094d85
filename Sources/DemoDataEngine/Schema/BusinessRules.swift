import DemoDataCore
import DemoDataVocabulary

/// The numbers of the business rules that generation and verification share, in one place.
/// Each side writes its own formulas from them, so that verify stays a real re-check.
public enum BusinessRules {
    /// Drafts are only this recent.
    public static let draftWindowDays = 30
    /// The credit limit's base, in dollars (before the tier's multiplier), and its step.
    public static let creditBaseDollars = 2500...300_000
    public static let creditBaseStepDollars = 100
    /// Price = cost × a markup in this range, in hundredths.
    public static let markupHundredths = 120...220
    /// Each category's markups (within `markupHundredths`), in the order of
    /// `Domain.categories`, for the gross margins of US retail: electronics 19–25%, clothing
    /// 49–55%, home and garden 37–44%, books 31–39%, sports 35–44%. An up-market shop adds up to
    /// `positionedMarkupMost` hundredths, never past `markupHundredths`' upper bound.
    public static let categoryMarkupHundredths = [
        124...134, 196...218, 158...178, 145...163, 154...176,
    ]
    public static let positionedMarkupMost = 6
    /// The quantity of a line item.
    public static let lineQuantity = 1...20
}
