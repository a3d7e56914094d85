import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

#if DEBUG
    /// In debug builds a generator that writes a row against the schema stops at once, naming
    /// the table, the row and the column.
    @Suite struct SchemaConformanceTests {
        @Test func aValueOfTheWrongTypeStops() async throws {
            let result = try await #require(
                processExitsWith: .failure, observing: [\.standardErrorContent]
            ) {
                var encoder = NDJSONEncoder(table: .customerTypes, buffer: ByteBuffer())
                encoder.conformance = SchemaConformance(table: .customerTypes)
                encoder.beginRow()
                encoder.decimal(150, scale: 2)
            }
            let message = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(message.contains("customer_types, row 1 of the chunk: column id"), "\(message)")
            #expect(message.contains("decimal"), "\(message)")
        }

        @Test func tooFewFieldsStop() async throws {
            let result = try await #require(
                processExitsWith: .failure, observing: [\.standardErrorContent]
            ) {
                var encoder = CSVEncoder(buffer: ByteBuffer())
                encoder.conformance = SchemaConformance(table: .productCategories)
                encoder.beginRow()
                encoder.uuid(UUIDBits(high: 1, low: 2))
                encoder.endRow()
            }
            let message = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(message.contains("product_categories"), "\(message)")
            #expect(message.contains("1 fields; the schema has 6 columns"), "\(message)")
        }

        /// A string longer than its column's `maximumLength` stops: the verifier reads no line
        /// longer than the bounds allow, so a generator must keep to them.
        @Test func aStringLongerThanItsColumnAllowsStops() async throws {
            let result = try await #require(
                processExitsWith: .failure, observing: [\.standardErrorContent]
            ) {
                var encoder = NDJSONEncoder(table: .customerAddresses, buffer: ByteBuffer())
                encoder.conformance = SchemaConformance(table: .customerAddresses)
                encoder.beginRow()
                encoder.uuid(UUIDBits(high: 1, low: 2))
                encoder.uuid(UUIDBits(high: 3, low: 4))
                encoder.string("billing")
                encoder.string("1 Main Street")
                encoder.null()
                encoder.string("Springfield")
                encoder.string("ILL")
            }
            let message = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(message.contains("column state: the generator wrote 3 bytes"), "\(message)")
            #expect(message.contains("maximumLength 2"), "\(message)")
        }

        /// So does one written as CSV (measured before the quotes a field may need).
        @Test func aCSVStringLongerThanItsColumnAllowsStops() async throws {
            let result = try await #require(
                processExitsWith: .failure, observing: [\.standardErrorContent]
            ) {
                var encoder = CSVEncoder(buffer: ByteBuffer())
                encoder.conformance = SchemaConformance(table: .customerAddresses)
                encoder.beginRow()
                encoder.uuid(UUIDBits(high: 1, low: 2))
                encoder.uuid(UUIDBits(high: 3, low: 4))
                encoder.string("billing")
                encoder.string("1 Main Street, Rear")
                encoder.null()
                encoder.string("Springfield")
                encoder.string("ILL")
            }
            let message = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(message.contains("column state: the generator wrote 3 bytes"), "\(message)")
        }

        @Test func aNullInARequiredColumnStops() async {
            await #expect(processExitsWith: .failure) {
                var encoder = CSVEncoder(buffer: ByteBuffer())
                encoder.conformance = SchemaConformance(table: .customers)
                encoder.beginRow()
                encoder.null()
            }
        }

        /// Every generator's rows conform, in every format (the check is on while this runs).
        @Test(arguments: OutputFormat.allCases)
        func everyGeneratorConforms(format: OutputFormat) throws {
            let context = DataContext(
                parameters: GenerationParameters(
                    volume: .medium, asOf: TestDates.asOfDate, format: format))
            for table in Table.allCases {
                let buffer = ByteBuffer()
                let rows = try format.codec.encode(
                    table, roots: 0..<context.parameters.rootCount(of: table), context: context,
                    into: buffer
                ).rows
                #expect(rows > 0, "\(table)")
            }
        }
    }
#endif
