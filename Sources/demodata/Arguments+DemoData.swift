import ArgumentParser
import DemoData

extension Volume: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension Compression: ExpressibleByArgument {}
extension SQLDialect: ExpressibleByArgument {}
extension DDLSection: ExpressibleByArgument {}
