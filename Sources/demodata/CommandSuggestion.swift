/// The subcommand a mistyped first argument most likely meant (`genrate` → `generate`).
enum CommandSuggestion {
    /// The message for a first argument that names no subcommand, or nil when it is one, is
    /// an option, or there is none.
    static func unknownCommandMessage(_ arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first)
        else { return nil }
        let list = commands.joined(separator: ", ")
        guard let nearest = nearest(to: first, in: commands) else {
            return "unknown command '\(first)'; the commands are \(list)"
        }
        return "unknown command '\(first)'; did you mean '\(nearest)'?"
    }

    /// The command within two edits of `word` (or that it is a prefix of), the closest first.
    static func nearest(to word: String, in commands: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = commands.map { command in
            (command, command.hasPrefix(lowered) ? 0 : distance(Array(lowered), Array(command)))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// The Damerau–Levenshtein (optimal string alignment) distance: a swap of two neighbours
    /// counts as one edit, the most common typing mistake.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
