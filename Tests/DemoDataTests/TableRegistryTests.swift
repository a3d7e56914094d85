import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The registry holds one consistent entry per table.
@Suite struct TableRegistryTests {
    @Test func everyTableHasItsOwnEntry() {
        for table in Table.allCases {
            #expect(table.spec.table == table)
            #expect(!table.spec.columns.isEmpty)
            #expect(table.spec.columns.first?.name == "id")
            #expect(table.spec.rootsPerChunk > 0 && table.spec.bytesPerRoot > 0)
        }
    }

    /// Random stream ids are written out and never change: these are the ids of data version 1.
    @Test func randomStreamsAreFixed() {
        let streams = Table.allCases.map { $0.spec.randomStream.rawValue }
        #expect(streams == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(Set(RandomStream.allCases.map(\.rawValue)).count == RandomStream.allCases.count)
    }

    /// A root table says how many roots it has; a child table has its root's, and its root
    /// comes before it in load order.
    @Test func childrenFollowTheirRoots() {
        let order = Table.allCases
        for table in order {
            let spec = table.spec
            if spec.root == table {
                #expect(spec.rootCount != nil, "\(table)")
            } else {
                #expect(spec.rootCount == nil, "\(table)")
                let rootPosition = order.firstIndex(of: spec.root) ?? order.count
                #expect(rootPosition < (order.firstIndex(of: table) ?? 0), "\(table)")
                #expect(spec.isFoundation == spec.root.spec.isFoundation)
            }
        }
        let parameters = GenerationParameters(volume: .large, asOf: TestDates.asOfDate)
        #expect(parameters.rootCount(of: .customerAddresses) == parameters.customers)
        #expect(parameters.rootCount(of: .inventory) == parameters.products)
        #expect(parameters.rootCount(of: .invoiceLineItems) == parameters.invoices)
        #expect(parameters.rootCount(of: .customerTypes) == 4)
        #expect(Table.allCases.filter(\.spec.isFoundation) == [.customerTypes, .productCategories])
    }

    /// The estimates count a child table's rows by its measured mean per root, which lies
    /// within the rows a root may have; a table of one row per root has none.
    @Test(arguments: Volume.allCases)
    func everyChildTableHasAMeasuredMeanInItsRange(volume: Volume) {
        for table in Table.allCases {
            let range = table.spec.rowsPerRoot?(volume)
            let mean = table.spec.meanRowsPerRootHundredths?(volume)
            #expect((range == nil) == (mean == nil), "\(table)")
            if let range, let mean {
                #expect(
                    (range.lowerBound * 100...range.upperBound * 100).contains(mean),
                    "\(table) at \(volume)")
            }
        }
    }
}

/// The library never loops when a volume has fewer products than an invoice can have lines:
/// an invoice then has at most one line per product, each product once.
@Suite struct FewProductsTests {
    @Test func invoicesHaveAtMostOneLinePerProduct() throws {
        let parameters = GenerationParameters(
            volume: .huge, asOf: TestDates.asOfDate,
            counts: CountOverrides(customers: 3, products: 2, invoices: 20))
        let context = DataContext(parameters: parameters)
        var lines: [InvoiceFacts.Line] = []
        for invoice in 0..<parameters.invoices {
            InvoiceFacts(context, invoice).lines(into: &lines)
            #expect((1...2).contains(lines.count))
            #expect(Set(lines.map(\.product.index)).count == lines.count)
        }
    }
}
