/// Reads an option value that names a case of an enumeration, and suggests the case a wrong
/// one most likely meant.
enum ArgumentChoice {
    /// The case `text` names, in any letter case, or by one of `aliases` (lower case).
    static func value<Choice: CaseIterable & RawRepresentable>(
        _ type: Choice.Type, _ text: String, aliases: [String: Choice] = [:]
    ) -> Choice? where Choice.RawValue == String {
        let name = text.lowercased()
        return Choice(rawValue: name) ?? aliases[name]
    }

    /// ArgumentParser's message for a value that names no case ("The value 'hug' is invalid
    /// for '--volume <volume>'. Please provide one of 'small', 'medium', 'large' or 'huge'.")
    /// with the nearest case suggested after the option: "… '--volume <volume>' (did you mean
    /// 'huge'?). Please provide …". Any other message is returned as it is.
    static func suggesting(in message: String) -> String {
        let valueStart = "The value '"
        let listStart = ". Please provide one of "
        guard message.hasPrefix(valueStart),
            let valueEnd = message.range(of: "' is invalid for "),
            let list = message.range(of: listStart)
        else { return message }
        let value = String(message[valueStart.endIndex..<valueEnd.lowerBound])
        // The choices are the quoted words of the list: every second piece between quotes.
        let choices = message[list.upperBound...].split(
            separator: "'", omittingEmptySubsequences: false
        ).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        guard !value.isEmpty, !choices.isEmpty,
            let nearest = CommandSuggestion.nearest(to: value, in: choices)
        else { return message }
        return message[..<list.lowerBound] + " (did you mean '\(nearest)'?)"
            + message[list.lowerBound...]
    }
}
