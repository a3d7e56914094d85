import Testing

/// What an archive of one volume must hold, from the volume table of the specification.
struct VolumeExpectation: Sendable, CustomTestStringConvertible {
    let name: String
    let customers: Int
    let products: Int
    let invoices: Int
    let addressesPerCustomer: ClosedRange<Int>
    let lineItemsPerInvoice: ClosedRange<Int>

    var testDescription: String { name }

    static let small = VolumeExpectation(
        name: "small", customers: 25, products: 100, invoices: 75, addressesPerCustomer: 1...2,
        lineItemsPerInvoice: 1...5)
    static let medium = VolumeExpectation(
        name: "medium", customers: 100, products: 500, invoices: 300, addressesPerCustomer: 1...3,
        lineItemsPerInvoice: 2...8)
    static let large = VolumeExpectation(
        name: "large", customers: 1000, products: 2000, invoices: 5000,
        addressesPerCustomer: 1...4, lineItemsPerInvoice: 1...12)
    static let huge = VolumeExpectation(
        name: "huge", customers: 10000, products: 20000, invoices: 50000,
        addressesPerCustomer: 1...4, lineItemsPerInvoice: 1...12)

    static let all = [small, medium, large, huge]
}
