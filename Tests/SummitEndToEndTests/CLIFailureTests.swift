import Foundation
import Testing

@Suite("summit failures: exit statuses and messages")
struct CLIFailureTests {
    @Test("a malformed --data file exits 65 and lists every problem with its path")
    func malformedDataset() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var object = try Fixture.bundledObject()
        var quotes = object["quotes"] as! [[String: Any]]
        quotes[0]["speaker"] = "nobody"
        object["quotes"] = quotes
        var figures = object["figures"] as! [[String: Any]]
        figures[0].removeValue(forKey: "unit")
        object["figures"] = figures
        let file = try Fixture.write(object, named: "bad.json", in: folder)
        for arguments in [
            ["actors", "--data", file], ["actor", "poland", "--data", file], ["search", "x", "--data", file],
        ] {
            let result = CLI.run(arguments)
            #expect(result.status == 65, "\(arguments)")
            #expect(result.out.isEmpty)
            #expect(result.err.contains("$.quotes[0].speaker"))
            #expect(result.err.contains("$.figures[0].unit"))
            #expect(result.err.contains("2 problems"))
        }
        let validate = CLI.run(["validate", file])
        #expect(validate.status == 65)
        #expect(validate.out.contains("$.quotes[0].speaker") && validate.out.contains("$.figures[0].unit"))
        #expect(validate.out.contains(" \u{2014} "), "each problem says how to fix it")
        let json = try #require(CLI.run(["validate", file, "--json"]).json)
        #expect(json["valid"] as? Bool == false)
        #expect((json["problems"] as? [[String: Any]])?.count == 2)
    }

    @Test("broken JSON syntax exits 65 with line and column")
    func brokenSyntax() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixture.write(text: "{\"formatVersion\": 1,\n  \"title\": }", named: "broken.json", in: folder)
        let result = CLI.run(["pillars", "--data", file])
        #expect(result.status == 65)
        #expect(result.err.contains("line 2"))
    }

    @Test("an unreadable --data file exits 66 and says how to fix it", arguments: ["missing.json", "."])
    func unreadable(name: String) throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CLI.run(["pillars", "--data", folder.appendingPathComponent(name).path])
        #expect(result.status == 66)
        #expect(result.err.contains("cannot read"))
        #expect(result.err.contains("--data"))
    }

    @Test("validate FILE that cannot be read exits 66 and does not mention --data, which was not used")
    func validateUnreadable() {
        let result = CLI.run(["validate", "/nonexistent/dataset.json"])
        #expect(result.status == 66)
        #expect(result.err.contains("cannot read"))
        #expect(!result.err.contains("--data"), "\(result.err)")
        #expect(CLI.run(["validate", "--data", "/nonexistent/dataset.json"]).err.contains("leave out --data"))
    }

    // Under a regular file, so the write fails even for root (CI runs as root and ignores permissions).
    @Test("generate-docs into a folder it cannot create exits 74, naming the file and the reason")
    func unwritableDocs() {
        let result = CLI.run(["generate-docs", "/dev/null/x"])
        #expect(result.status == 74, "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(result.err.contains("cannot write"))
        #expect(result.err.contains("/dev/null/x/"), "names the file it could not write")
        #expect(result.err.contains("Not a directory"), "gives the system's reason")
    }

    @Test(
        "usage errors exit 2, not ArgumentParser's 64",
        arguments: [
            ["actors", "--bogus"], ["nosuchcommand"], ["actor"], ["search"],
            ["quotes", "--speaker"], ["--theme", "purple"], ["validate", "a.json", "--data", "b.json"],
        ])
    func usage(arguments: [String]) {
        let result = CLI.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.err)")
        #expect(!result.err.isEmpty)
        #expect(result.out.isEmpty)
    }

    // Moved from the tmux suite: it needs no terminal, so it must run where tmux is missing too.
    @Test("with stdout piped, the explorer prints one line on stderr, nothing on stdout, and exits 2")
    func explorerRefusesAPipe() throws {
        var environment = Spawn.baseEnvironment
        environment["TERM"] = "xterm-256color"
        let outcome = try Spawn.run([SummitBinary.path], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        CLI.expectOneCleanLine(outcome.stderr)
        #expect(outcome.err == "summit: no usable terminal (stdout is not a terminal); try `summit --help`\n")
    }

    // root reads any file whatever its mode, so as root summit runs as nobody (setpriv, util-linux): the test runs
    // everywhere, CI included. The binary is copied to the test's folder so nobody can reach it wherever the clone is.
    @Test("a --data file this user may not read exits 66 and says permission denied", .requires(.setpriv))
    func fileWithoutReadPermission() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixture.write(try Fixture.bundledObject(), named: "secret.json", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
        var command = [SummitBinary.path, "pillars", "--data", file]
        if getuid() == 0 {
            let copy = folder.appendingPathComponent("summit").path
            // cp in its own process: a copy written here could leak its write descriptor into a child another test
            // forks meanwhile, and exec would then fail with "Text file busy".
            #expect(try Spawn.run(["cp", SummitBinary.path, copy]).status == 0)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            command = [
                "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", copy, "pillars", "--data", file,
            ]
        }
        let result = try Spawn.run(command, environment: CLI.environment)
        #expect(result.status == 66, "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(
            result.err
                == "summit: cannot read the dataset ‘\(file)’: permission denied (the file is not readable by this user)\n"
                + "Check the path and permissions, or leave out --data to use the bundled dataset.\n")
    }
}
