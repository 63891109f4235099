/// One command line per lookup, so a test can run "every command" (the list grows with the commands).
enum LookupCommands {
    static let all: [[String]] = [
        ["pillars"], ["actors"], ["actors", "--stance", "rules-out"], ["actor", "poland"], ["actor", "us"], ["quotes"],
        ["quotes", "--speaker", "buras"], ["figures"], ["events"], ["questions"], ["search", "ceasefire"],
        ["search", "troops", "--kind", "event"], ["source"], ["source", "--record", "poland"], ["validate"],
    ]
}
