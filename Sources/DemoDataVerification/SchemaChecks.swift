import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// The checks that the schema and the registry state, made alike for every table: each id is
/// unique, so is each value of a unique column, each reference names a row of its table, a
/// child table has the number of rows per root that its volume allows, and a table of one row
/// per root has as many rows as the generation has roots. No table is named here: a new table,
/// a new unique column or a new reference is checked as soon as the schema declares it.
///
/// Memory: the ids of tables that other tables reference are kept (16 bytes and a line each,
/// in a hash table); the ids of the other tables are checked for repeats in bounded memory by
/// `RepeatedIDCheck`, in more than one read of their file when they are large. Each unique
/// column keeps a 128-bit hash of each value, and each child table a count per root row.
package final class SchemaChecks {
    /// What the schema says about one table's columns.
    package struct Plan {
        /// The position of the primary key.
        package let id: Int
        /// Unique columns other than the primary key, with their names and whether their
        /// values are UUIDs (compared as keys rather than as hashes of their text).
        package let unique: [(index: Int, name: String, isUUID: Bool)]
        /// Foreign keys: column position, name and the table referenced.
        package let references: [(index: Int, name: String, parent: Table)]
        /// For a child table, the position of its reference to its root.
        package let rootReference: Int?
        /// Whether another table references this one, so that its ids are kept.
        package let isReferenced: Bool

        package init(_ table: Table) {
            let columns = table.columns
            let id = table.columnIndex(Table.primaryKey)
            self.id = id
            unique = columns.indices.filter { columns[$0].unique && $0 != id }
                .map { ($0, columns[$0].name, columns[$0].type == .uuid) }
            let references = table.foreignKeys.map { key in
                (index: table.columnIndex(key.column), name: key.column, parent: key.parent)
            }
            self.references = references
            rootReference =
                table.root == table ? nil : references.first { $0.parent == table.root }?.index
            isReferenced = Table.allCases.contains { $0.parents.contains(table) }
        }
    }

    package let log: FindingLog
    package let parameters: GenerationParameters
    /// Whether the archive is one shard of several, so that references from a root table to
    /// rows of other shards cannot be resolved.
    package let partial: Bool
    package private(set) var table = Table.allCases[0]
    package private(set) var file = ""
    /// The file name of each table, for findings about its rows made after it was read.
    package private(set) var files: [Table: String] = [:]
    /// The tables whose every row was read, so that a reference into them that does not
    /// resolve is a broken reference and not a consequence of an unreadable file.
    package private(set) var readable: Set<Table> = []
    package private(set) var rowCounts: [Table: Int] = [:]
    /// The kept ids of each referenced table read so far, with their lines.
    private var ids: [Table: [Key128: Int32]] = [:]
    /// What the schema says about the table being read.
    private var plan: Plan
    /// The ids of the table being read, with their lines, when another table references it.
    private var tableIDs: [Key128: Int32] = [:]
    /// The ids of the table being read when no other table references it.
    package private(set) var repeatedIDs = RepeatedIDCheck(expectedRows: 0, budget: 1)
    /// Hashes of the values of each unique column of the table being read, with their lines,
    /// in the order of `plan.unique`.
    private var uniqueValues: [[Key128: Int32]] = []
    /// Rows of each child table per root id.
    private var children: [Table: [Key128: Int32]] = [:]
    /// Child tables with a row whose reference to its root could not be read, so that the
    /// count of rows per root cannot be checked.
    private var uncounted: Set<Table> = []
    private let idBudget: Int

    package init(log: FindingLog, parameters: GenerationParameters, idBudget: Int) {
        self.log = log
        self.parameters = parameters
        self.idBudget = idBudget
        partial = (parameters.shard?.count ?? 1) > 1
        plan = Plan(table)
    }

    /// Starts the rows of `table`, read from `file`, whose manifest announces `expectedRows`.
    package func begin(_ table: Table, file: String, expectedRows: Int) {
        self.table = table
        self.file = file
        files[table] = file
        plan = Plan(table)
        // Room for the rows the manifest announces, so that hash tables are not rehashed (and
        // briefly held twice) as they grow; capped, as the manifest may lie.
        let room = min(max(0, expectedRows), 1 << 22)
        tableIDs = [:]
        if plan.isReferenced {
            tableIDs.reserveCapacity(room)
        } else {
            // Plan the passes for at most as many rows as the parameters can give, so that a
            // lying count costs no extra reads.
            repeatedIDs = RepeatedIDCheck(
                expectedRows: min(max(0, expectedRows), mostRows(of: table)), budget: idBudget)
        }
        uniqueValues = plan.unique.map { _ in Dictionary(minimumCapacity: room) }
    }

    /// Ends the rows of the current table: `rows` were read, all of them when `complete`.
    package func end(rows: Int, complete: Bool) {
        rowCounts[table] = rows
        if plan.isReferenced {
            ids[table] = tableIDs
            tableIDs = [:]
        }
        if complete {
            readable.insert(table)
        }
    }

    /// The most rows a table can have with these parameters.
    private func mostRows(of table: Table) -> Int {
        let roots = parameters.roots(of: table).count
        guard let perRoot = table.spec.rowsPerRoot else { return roots }
        return roots * perRoot(parameters.volume).upperBound
    }

    /// Checks the keys of one row of the current table whose columns have been checked; returns
    /// false when its id repeats an earlier row's (its facts must then not replace theirs).
    @discardableResult
    package func check(_ row: RowFields, line: Int) -> Bool {
        var isNew = true
        if row.valid(plan.id) {
            let id = row.keys[plan.id]
            if plan.isReferenced {
                if let first = tableIDs[id] {
                    finding(line, Table.primaryKey, repeated(id.uuidText, firstLine: Int(first)))
                    isNew = false
                } else {
                    tableIDs[id] = Int32(clamping: line)
                }
            } else {
                repeatedIDs.offer(id, line: line)
            }
        }
        for (position, column) in plan.unique.enumerated() where row.valid(column.index) {
            let key =
                column.isUUID ? row.keys[column.index] : Key128(hashing: row.bytes(column.index))
            if let first = uniqueValues[position][key] {
                finding(line, column.name, repeated(row.text(column.index), firstLine: Int(first)))
            } else {
                uniqueValues[position][key] = Int32(clamping: line)
            }
        }
        for reference in plan.references {
            guard row.valid(reference.index) else {
                if reference.index == plan.rootReference {
                    uncounted.insert(table)
                }
                continue
            }
            let key = row.keys[reference.index]
            if ids[reference.parent]?[key] == nil {
                if referenceBroken(to: reference.parent) {
                    let noun = reference.parent.spec.noun
                    finding(
                        line, reference.name,
                        "\(key.uuidText) is not the id of \(noun.withArticle)")
                }
            } else if reference.index == plan.rootReference {
                children[table, default: [:]][key, default: 0] &+= 1
            }
        }
        return isNew
    }

    /// Ends one read of the current table's file for its ids; returns the repeats it found.
    /// `needsIDPass` then tells whether another read is needed.
    package func endIDPass() -> [RepeatedIDCheck.Repeat] {
        guard !plan.isReferenced else { return [] }
        return repeatedIDs.endPass()
    }

    /// Whether the current table's file must be read again for the ids of another part.
    package var needsIDPass: Bool {
        !plan.isReferenced && repeatedIDs.pass < repeatedIDs.passes
    }

    /// Offers the id of a row read again for the ids of another part.
    package func offerID(_ key: Key128, line: Int) {
        repeatedIDs.offer(key, line: line)
    }

    /// Reports ids of the current table that repeat, found by `endIDPass`.
    package func report(_ repeats: [RepeatedIDCheck.Repeat]) {
        for repeatedID in repeats.sorted(by: { $0.line < $1.line }) {
            finding(
                repeatedID.line, Table.primaryKey,
                repeated(repeatedID.key.uuidText, firstLine: repeatedID.firstLine))
        }
    }

    /// Whether a reference from the current table to a row of `parent` that is not there is a
    /// broken foreign key. It is not when `parent` could not be read whole, nor, in a shard of
    /// several, when the row may belong to another shard (foundation tables are whole in shard
    /// 0 and absent from the others).
    private func referenceBroken(to parent: Table) -> Bool {
        guard readable.contains(parent) else { return false }
        if partial && table.root != parent {
            return parent.spec.isFoundation && rowCounts[parent, default: 0] > 0
        }
        return true
    }

    /// The checks that need whole tables, made once every file is read: rows per root of each
    /// child table, and the row count of each table of one row per root.
    package func finish() {
        for child in Table.allCases where child.root != child {
            checkRowsPerRoot(of: child)
        }
        for table in Table.allCases where table.spec.rowsPerRoot == nil {
            checkRowCount(of: table)
        }
    }

    private func checkRowsPerRoot(of child: Table) {
        let root = child.root
        guard readable.contains(child), !uncounted.contains(child), let rootFile = files[root],
            let rootIDs = ids[root]
        else { return }
        let range = child.spec.rowsPerRoot?(parameters.volume) ?? 1...1
        let counts = children[child] ?? [:]
        let parent = root.spec.noun
        let noun = child.spec.noun
        for (id, line) in rootIDs.sorted(by: { $0.value < $1.value }) {
            let count = Int(counts[id] ?? 0)
            guard !range.contains(count) else { continue }
            let has = count == 0 ? "no \(noun.singular)" : "\(count) \(noun.count(count))"
            let allowed =
                range.count == 1
                ? "every \(parent.singular) has \(range.lowerBound)"
                : "\(volumeText) has \(range.lowerBound)...\(range.upperBound) per "
                    + parent.singular
            log.add(rootFile, Int(line), nil, "the \(parent.singular) has \(has); \(allowed)")
        }
    }

    /// A table of one row per root has exactly the roots of the volume, scale and shard.
    private func checkRowCount(of table: Table) {
        guard readable.contains(table), let file = files[table] else { return }
        let expected = parameters.roots(of: table).count
        let rows = rowCounts[table, default: 0]
        if rows != expected {
            let shardText = parameters.shard.map { ", shard \($0)" } ?? ""
            log.add(
                file, 0, nil,
                "the table has \(rows) rows; \(volumeText)\(shardText) has \(expected)")
        }
    }

    package var volumeText: String {
        "a \(parameters.volume.rawValue) archive"
            + (parameters.scale > 1 ? " (scale \(parameters.scale))" : "")
    }

    private func finding(_ line: Int, _ column: String?, _ message: String) {
        log.add(file, line, column, message)
    }

    /// The message for a value that an earlier line of the same table has.
    private func repeated(_ value: String, firstLine: Int) -> String {
        "\(value) is not unique: line \(firstLine) has it too"
    }
}
