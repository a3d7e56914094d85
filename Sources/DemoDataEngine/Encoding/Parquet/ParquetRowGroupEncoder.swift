import DemoDataCore
import DemoDataVocabulary

/// Receives a table's rows through the `RowEncoder` calls and stores each value in its
/// column's builder, so the generators write Parquet without knowing it is columnar.
///
/// Values go straight into the column buffers as their pages hold them: no value is
/// allocated, and a string's pieces are appended where its length prefix was reserved.
package struct ParquetRowGroupEncoder: RowEncoder {
    /// The builders, unretained: the row group that owns them outlives the encoder, and a
    /// retain and release around every value would cost more than storing it.
    private let columns: [Unmanaged<ParquetColumnBuilder>]
    package private(set) var rows = 0
    #if DEBUG
        /// Set by the generator's driver in debug builds: every value is checked against the
        /// schema. Release builds have neither the property nor the checks.
        package var conformance: SchemaConformance?
    #endif
    private var column = 0
    /// Where the current string value starts in its column's values.
    private var stringStart = 0

    package init(columns: [ParquetColumnBuilder]) {
        self.columns = columns.map { Unmanaged.passUnretained($0) }
    }

    /// Calls `body` with the current column's builder, without retaining it.
    @inline(__always)
    private func withColumn<Result>(_ body: (ParquetColumnBuilder) -> Result) -> Result {
        columns[column]._withUnsafeGuaranteedRef(body)
    }

    @inline(__always)
    package mutating func beginRow() {
        #if DEBUG
            conformance?.beginRow()
        #endif
        column = 0
    }

    @inline(__always)
    package mutating func endRow() {
        #if DEBUG
            conformance?.endRow()
        #endif
        rows += 1
    }

    @inline(__always)
    package mutating func uuid(_ value: UUIDBits) {
        #if DEBUG
            conformance?.check(.uuid)
        #endif
        withColumn { $0.append(uuid: value) }
        column += 1
    }

    @inline(__always)
    package mutating func integer(_ value: Int) {
        #if DEBUG
            conformance?.check(.integer)
        #endif
        withColumn { $0.append(int64: Int64(value)) }
        column += 1
    }

    @inline(__always)
    package mutating func boolean(_ value: Bool) {
        #if DEBUG
            conformance?.check(.boolean)
        #endif
        withColumn { $0.append(boolean: value) }
        column += 1
    }

    @inline(__always)
    package mutating func decimal(_ units: Int, scale: Int) {
        #if DEBUG
            conformance?.check(.decimal(scale: scale))
        #endif
        withColumn { builder in
            if builder.layout.physicalType == .int32 {
                builder.append(int32: Int32(truncatingIfNeeded: units))
            } else {
                builder.append(int64: Int64(units))
            }
        }
        column += 1
    }

    @inline(__always)
    package mutating func date(_ daysSinceEpoch: Int) {
        #if DEBUG
            conformance?.check(.date)
        #endif
        withColumn { $0.append(int32: Int32(truncatingIfNeeded: daysSinceEpoch)) }
        column += 1
    }

    @inline(__always)
    package mutating func timestamp(_ microseconds: Int64) {
        #if DEBUG
            conformance?.check(.timestamp)
        #endif
        withColumn { $0.append(int64: microseconds) }
        column += 1
    }

    @inline(__always)
    package mutating func null() {
        #if DEBUG
            conformance?.check(.null)
        #endif
        withColumn { $0.appendNull() }
        column += 1
    }

    @inline(__always)
    package mutating func beginString() {
        #if DEBUG
            conformance?.check(.string)
        #endif
        stringStart = withColumn { $0.beginString() }
    }

    @inline(__always)
    package mutating func piece(_ text: StoredText) {
        withColumn { $0.values.append(text.start, count: text.count) }
    }

    package mutating func piece(bytes: UnsafeRawBufferPointer) {
        withColumn { $0.values.append(contentsOf: bytes) }
    }

    @inline(__always)
    package mutating func piece(number: Int, width: Int) {
        withColumn { $0.values.appendDigits(UInt64(number), minimumWidth: width) }
    }

    @inline(__always)
    package mutating func piece(ascii: UInt8) {
        withColumn { $0.values.append(ascii) }
    }

    @inline(__always)
    package mutating func endString() {
        let start = stringStart
        withColumn { $0.endString(startingAt: start) }
        column += 1
    }
}
