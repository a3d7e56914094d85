/// Free-text notes and descriptions for customers, invoices, line items and categories.
package enum Sentences {
    /// Account notes a sales representative might keep about a business customer. None states a
    /// fact that the data could contradict (terms, dates, amounts, years, tax status): those
    /// notes are composed from the customer's fields (`CustomerNotes`).
    package static let customerNotes: [String] = [
        "Prefers invoices by email, PO number required on every order.",
        "Call before delivery; the loading dock closes at 3 PM.",
        "Primary contact is the office manager; cc the owner on large orders.",
        "Requested a quarterly business review with the regional manager.",
        "Ships to two locations; confirm the ship-to address on each order.",
        "Accounts payable is slow in December; follow up early on year-end invoices.",
        "Interested in volume pricing for the spring catalog.",
        "Prefers phone calls over email, best reached mid-morning.",
        "Requires a certificate of insurance before any on-site work.",
        "Referred by another customer in the same industry.",
        "Receiving hours are Monday through Thursday, 7 AM to 2 PM.",
        "Do not substitute brands without written approval.",
        "Asked to be notified about clearance and closeout items.",
        "Wants packing slips included inside every carton.",
        "Uses a dedicated account number for online ordering.",
        "Gate code required for deliveries; see shipping instructions.",
        "Prefers consolidated monthly statements instead of individual invoices.",
        "Decision maker is the operations director; procurement handles the paperwork.",
        "Uses a third-party freight account for all large shipments.",
        "Invoices must reference the department code or they will be rejected.",
        "Very responsive by text message for quick order confirmations.",
        "Prefers eco-friendly packaging and as little plastic as possible.",
        "Requested samples before committing to a larger order.",
        "Office closes at noon on Fridays; schedule calls earlier in the week.",
        "Prefers to receive quotes as PDF attachments.",
        "Requires delivery appointments scheduled 48 hours in advance.",
        "Owner handles all purchasing personally; keep communications brief.",
        "Interested in a demo of the new product line at their next team meeting.",
        "Split shipments are fine if backorders would delay the full order.",
        "Bilingual office; a Spanish-speaking contact is available on request.",
        "Tends to reorder the same items every six to eight weeks.",
        "Asked for a credit application for their new subsidiary.",
        "Liftgate delivery required, there is no loading dock at this location.",
        "Prefers all communication through the customer portal.",
        "Met at the regional trade show; follow up with the new catalog.",
        "Requested that invoices list serial numbers for all equipment.",
        "Deliveries must use the rear entrance and the freight elevator.",
        "Close relationship with the previous rep; introduce the new rep in person.",
        "Prefers deliveries early in the week to avoid weekend storage.",
        "Uses a blanket PO for routine supplies and a separate PO for capital items.",
        "Asked about extended warranties on all electronics purchases.",
        "Always wants tracking numbers the same day an order ships.",
        "Multiple buyers on the account; confirm who placed each order.",
        "Very price conscious, compares our quotes with two other vendors.",
        "Happy with the last order and mentioned a possible referral.",
        "Requires all shipments to be palletized and shrink-wrapped.",
        "Prefers paper invoices mailed to the accounting office.",
        "Considering a switch to automatic monthly replenishment.",
    ]

    /// Notes printed at the bottom of an invoice that hold whatever the invoice's terms,
    /// status, amounts and tax; notes that state those are composed from its fields.
    /// General notes of a business's invoice (none speaks of shipping charges: invoices have
    /// none).
    package static let invoiceNotes: [String] = [
        "Thank you for your business.",
        "Partial shipment; remaining items ship next week.",
        "Please include the invoice number with your payment.",
        "Please remit payment to the address shown above.",
        "Backordered items will be invoiced separately when they ship.",
        "Please contact us within 10 days with any questions about this invoice.",
        "This invoice replaces the previous version; please discard the original.",
        "Final invoice for this project.",
        "Prices reflect the current quarterly price list.",
        "Returns are accepted within 30 days in the original packaging.",
        "Please make checks payable to the company name shown above.",
        "Wire transfer instructions are available on request.",
        "Items shipped via ground freight; please allow 3 to 5 business days.",
        "Drop shipped directly from the manufacturer.",
        "Please reference your PO number on all correspondence.",
        "Order shipped complete.",
        "We appreciate your continued partnership.",
        "Freight damage must be reported within 48 hours of delivery.",
        "Quoted pricing is valid through the end of the month.",
        "Thank you for choosing us as your supplier.",
        "Your sales representative will contact you about the remaining items.",
        "Warranty registration cards are included in the shipment.",
        "Questions about this invoice? Please contact our billing department.",
        "Please allow 5 business days for check payments to post.",
        "Recurring monthly order; the next shipment is scheduled for the first of the month.",
        "All sales are subject to our standard terms and conditions.",
        "An electronic copy was sent to your accounts payable email.",
        "We look forward to serving you again.",
        "Delivered to the loading dock as requested.",
    ]

    /// General notes of a household's invoice: nothing about purchase orders, accounts payable
    /// or remitting payment (households pay as they order).
    package static let householdInvoiceNotes: [String] = [
        "Thank you for your order.",
        "Partial shipment; remaining items ship next week.",
        "Backordered items will be invoiced separately when they ship.",
        "Returns are accepted within 30 days in the original packaging.",
        "Order shipped complete.",
        "Gift receipt included.",
        "Items shipped via ground; please allow 3 to 5 business days.",
        "Drop shipped directly from the manufacturer.",
        "Warranty registration cards are included in the shipment.",
        "Left at the front door as requested.",
        "We look forward to serving you again.",
    ]

    /// Notes kept about an individual customer (a household).
    package static let householdNotes: [String] = [
        "Prefers text messages for delivery updates.",
        "Leave packages at the side door.",
        "Ring the bell on delivery; the dog is friendly.",
        "Prefers email receipts only.",
        "Asked to be told when the garden catalog is out.",
        "Signed up for the newsletter at checkout.",
        "Buys gifts every December; likes gift wrap.",
        "Returned an item once because of the wrong size.",
        "Prefers weekend deliveries.",
        "Apartment building; deliveries go to the front desk.",
        "Asked about bulk pricing for a school fundraiser.",
        "Referred by a friend.",
        "Called customer service about tracking once.",
        "Likes to order the new release of a series on the day it ships.",
        "Prefers paper receipts in the box.",
        "Rural route; allow extra days for delivery.",
        "Gate code on file for deliveries.",
        "Wants a call before large items are delivered.",
    ]

    /// How a payment was made, as a paid invoice's note names it.
    package static let paymentMethods: [String] = [
        "card", "ACH", "check", "wire transfer", "PayPal",
    ]

    /// Short notes attached to a single invoice line item; none speaks of its price.
    package static let lineItemNotes: [String] = [
        "Gift wrap requested",
        "Gift receipt included",
        "Special order, non-returnable",
        "Ships directly from manufacturer",
        "Ships separately",
        "Signature required on delivery",
        "Rush order",
        "Replacement for damaged item",
        "Hold for pickup",
        "Deliver to side entrance",
        "Customer will pick up in store",
        "Leave with front desk",
    ]

    /// Descriptions of the customer tiers, in order: Bronze, Silver, Gold, Platinum.
    package static let typeDescriptions: [String] = [
        "New or occasional buyers who order at standard pricing and payment terms.",
        "Regular customers with a modest volume discount and priority email support.",
        "High-volume accounts with Net 30 terms, free shipping and a dedicated representative.",
        "Strategic partners with custom pricing, extended terms and executive-level support.",
    ]

    /// Descriptions of the product categories, in order: Electronics, Clothing,
    /// Home & Garden, Books, Sports.
    package static let categoryDescriptions: [String] = [
        "Consumer and office electronics, from headphones and chargers to smart home devices.",
        "Everyday apparel and accessories for men and women, made from quality fabrics.",
        "Furniture, decor, kitchenware and outdoor gear for the home, yard and garden.",
        "Fiction, nonfiction, cookbooks and reference titles in print and special editions.",
        "Fitness equipment, team sports gear and outdoor essentials for athletes of every level.",
    ]
}
