import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// A folder of specs over copies of the fixture articles, plus a broken spec.
struct BatchFolder {
    let root: String
    var specs: String { root + "/specs" }
    var out: String { root + "/out" }

    init(broken: Bool) throws {
        root = Repo.temporaryFolder("batch")
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root + "/specs/sources", withIntermediateDirectories: true)
        for name in ["lithium-press-release", "copper-wire-story", "nickel-lowercase-tokenized"] {
            try fileManager.copyItem(atPath: Repo.fixture(name + ".txt"), toPath: root + "/specs/sources/\(name).txt")
            try "name: \(name)\ntitle: \(name)\nas_of: 2025-06-01\nsources:\n  - sources/\(name).txt\n"
                .write(toFile: root + "/specs/\(name).yml", atomically: true, encoding: .utf8)
        }
        if broken {
            try "name: broken\nsources:\n  - sources/missing-*.txt\n".write(toFile: root + "/specs/broken.yml", atomically: true, encoding: .utf8)
        }
    }

    func batch(_ extra: [String] = [], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let executable = try #require(briefingExecutable)
        if environment.isEmpty {
            return try run(executable, ["batch", specs, "--out", out, "--dpi", "36", "--jobs", "2"] + extra, workingDirectory: Repo.root)
        }
        let arguments = environment.map { "\($0.key)=\($0.value)" } + [executable, "batch", specs, "--out", out, "--dpi", "36", "--jobs", "2"] + extra
        return try run("env", arguments, workingDirectory: Repo.root)
    }

    func index(_ name: String = "index.json") throws -> [[String: Any]] {
        let data = try #require(FileManager.default.contents(atPath: out + "/" + name))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["briefings"] as? [[String: Any]])
    }

    func statuses(_ name: String = "index.json") throws -> [String: String] {
        var result: [String: String] = [:]
        for entry in try index(name) {
            let spec = URL(fileURLWithPath: entry["spec"] as! String).deletingPathExtension().lastPathComponent
            result[spec] = entry["status"] as? String
        }
        return result
    }
}

@Suite("Batches", .serialized)
struct BatchTests {
    @Test("good specs build, a broken one is reported with its file and line, exit 1")
    func brokenSpec() throws {
        let folder = try BatchFolder(broken: true)
        let result = try folder.batch()
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yml:3"), "stderr: \(result.stderr)")
        let statuses = try folder.statuses()
        #expect(statuses["broken"] == "failed")
        #expect(statuses["lithium-press-release"] == "built")
        #expect(statuses["copper-wire-story"] == "built")
        #expect(FileManager.default.fileExists(atPath: folder.out + "/copper-wire-story/briefing.pdf"))
        #expect(result.stdout.contains("1 failed"))
    }

    @Test("a second run skips everything; touching one source rebuilds only its briefing; --force rebuilds all")
    func incremental() throws {
        let folder = try BatchFolder(broken: false)
        #expect(try folder.batch().status == 0)
        #expect(try folder.batch().status == 0)
        #expect(Set(try folder.statuses().values) == ["skipped"])

        let source = folder.specs + "/sources/copper-wire-story.txt"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try (text + "\nThe company said more details would follow.\n").write(toFile: source, atomically: true, encoding: .utf8)
        #expect(try folder.batch().status == 0)
        let statuses = try folder.statuses()
        #expect(statuses["copper-wire-story"] == "built")
        #expect(statuses["lithium-press-release"] == "skipped")
        #expect(statuses["nickel-lowercase-tokenized"] == "skipped")

        #expect(try folder.batch(["--force"]).status == 0)
        #expect(Set(try folder.statuses().values) == ["built"])
    }

    @Test("the shards of a partition cover every spec exactly once and write separate indexes")
    func shards() throws {
        let specs = (1...40).map { "spec-\($0).yml" }
        for count in [1, 2, 3, 7] {
            var owners: [String: Int] = [:]
            for index in 1...count {
                let shard = try #require(Shard("\(index)/\(count)"))
                for spec in specs where shard.contains("/any/folder/" + spec) { owners[spec, default: 0] += 1 }
            }
            #expect(owners.count == specs.count)
            #expect(owners.values.allSatisfy { $0 == 1 })
        }
        #expect(Shard("0/2") == nil && Shard("3/2") == nil && Shard("x") == nil)

        let folder = try BatchFolder(broken: false)
        #expect(try folder.batch(["--shard", "1/2"]).status == 0)
        #expect(try folder.batch(["--shard", "2/2"]).status == 0)
        let first = Set(try folder.statuses("index-shard-1-of-2.json").keys)
        let second = Set(try folder.statuses("index-shard-2-of-2.json").keys)
        #expect(first.isDisjoint(with: second))
        #expect(first.union(second) == ["lithium-press-release", "copper-wire-story", "nickel-lowercase-tokenized"])
    }

    @Test("a build killed half-way leaves the previous briefing intact, and the next run recovers")
    func killed() throws {
        let folder = try BatchFolder(broken: false)
        #expect(try folder.batch().status == 0)
        let pdf = folder.out + "/lithium-press-release/briefing.pdf"
        let before = Repo.bytes(pdf)
        let source = folder.specs + "/sources/lithium-press-release.txt"
        try (try String(contentsOfFile: source, encoding: .utf8) + "\nMore news later.\n").write(toFile: source, atomically: true, encoding: .utf8)

        let killed = try folder.batch(["--jobs", "1"], environment: ["BRIEFING_FAULT": "kill-before-publish"])
        #expect(killed.status != 0)
        #expect(Repo.bytes(pdf) == before)
        #expect(FileManager.default.fileExists(atPath: folder.out + "/lithium-press-release/manifest.json"))

        #expect(try folder.batch().status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.out).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        #expect(try folder.statuses()["lithium-press-release"] == "built")
    }
}
