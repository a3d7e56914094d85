import DemoDataCore
import DemoDataVocabulary

/// The numbers of the business rules that generation and verification share, in one place.
/// Each side writes its own formulas from them, so that verify stays a real re-check.
public enum BusinessRules {
    /// Drafts are only this recent.
    public static let draftWindowDays = 30
    /// Inventory was last received within this many days before as-of.
    public static let receiptWindowDays = 90
    /// The credit limit's base, in dollars (before the tier's multiplier), and its step.
    public static let creditBaseDollars = 2500...300_000
    public static let creditBaseStepDollars = 100
    /// Price = cost × a markup in this range, in hundredths.
    public static let markupHundredths = 120...220
    /// The quantity of a line item.
    public static let lineQuantity = 1...20
}
