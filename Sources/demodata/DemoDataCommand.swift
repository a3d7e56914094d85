import ArgumentParser

/// The `demodata` command line.
@main
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demodata",
        abstract:
            "Generate realistic, relationally consistent business data as verifiable archives.",
        discussion: """
            Tables: customer_types, product_categories, customers, customer_addresses, \
            products, inventory, invoices, invoice_line_items. The same data version, seed, \
            as-of date and options always give byte-identical files.
            """,
        version: "demodata \(DemoDataVersionText.text)",
        subcommands: [GenerateCommand.self, StreamCommand.self, SchemaCommand.self]
    )
}
