import Testing

@Suite("summit actor: aliases, accents, near misses")
struct CLIResolutionTests {
    @Test(
        "aliases and accents resolve to the same actor",
        arguments: [
            ("uk", "united-kingdom"), ("britain", "united-kingdom"), ("UNITED KINGDOM", "united-kingdom"),
            ("türkiye", "turkey"), ("turkiye", "turkey"), ("TÜRKIYE", "turkey"), ("us", "united-states"),
        ])
    func alias(name: String, id: String) throws {
        let result = CLI.run(["actor", name, "--json"])
        #expect(result.status == 0, "\(name): \(result.err)")
        let actor = try #require(result.json?["actor"] as? [String: Any])
        #expect(actor["id"] as? String == id)
        #expect(CLI.run(["actor", name]).out.contains("[\(id) ¶"))
    }

    @Test("a near miss suggests the actor on stderr and exits 1; stdout stays empty")
    func nearMiss() {
        let result = CLI.run(["actor", "polan"])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.lowercased().contains("did you mean poland"))
    }

    @Test("a name nothing resembles exits 1 and points at the list")
    func unknown() {
        let result = CLI.run(["actor", "atlantis"])
        #expect(result.status == 1)
        #expect(result.err.contains("summit actors"))
    }

    @Test("an unknown speaker in quotes exits 1")
    func unknownSpeaker() {
        #expect(CLI.run(["quotes", "--speaker", "nobody-at-all"]).status == 1)
    }
}
