package org.waymark.app.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanOpener;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class NetworkDriveTest {

    @TempDir Path dir;

    @Test void aPlanOnThisMachinesOwnDiskOpensWithoutTheWarning() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        assertEquals(Optional.empty(), NetworkDrive.of(plan), Files.getFileStore(plan).type() + " is a local file system");
        OpenedPlan opened = new PlanOpener(new Backups(dir.resolve("backups"), 5, TestPlans.CLOCK), TestPlans.CLOCK).open(plan, false, "tester", TestPlans.CLOCK);
        try (var s = opened.session()) {
            assertEquals(OpenedPlan.Access.EDITING, opened.access());
            assertTrue(opened.notices().stream().noneMatch(n -> n.contains("network drive")), opened.notices().toString());
        }
    }

    @Test void networkFileSystemsAndWindowsSharesAreRecognisedByTypeOrPath() {
        for (String type : new String[]{"nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "fuse.sshfs", "9p"}) {
            assertEquals(Optional.of(type), NetworkDrive.of("/mnt/plans/plan.waymark", type), type);
        }
        assertEquals(Optional.of("nfs4"), NetworkDrive.of("/mnt/plans/plan.waymark", "NFS4"));
        for (String local : new String[]{"ext4", "xfs", "btrfs", "tmpfs", "apfs", "hfs", "NTFS", "ReFS", "overlay", "zfs"}) {
            assertEquals(Optional.empty(), NetworkDrive.of("/home/ann/plan.waymark", local), local);
        }
        assertEquals(Optional.of("a Windows network share"), NetworkDrive.of("\\\\fileserver\\quality\\plan.waymark", "NTFS"));
        assertEquals(Optional.empty(), NetworkDrive.of("\\\\?\\C:\\plans\\plan.waymark", "NTFS"), "a long local path is not a share");
        assertEquals(Optional.empty(), NetworkDrive.of("C:\\plans\\plan.waymark", "NTFS"));
        assertEquals(Optional.empty(), NetworkDrive.of("/mnt/plans/plan.waymark", null), "no type known: no warning");
    }

    @Test void theWarningSaysWhyAndOffersTheSharedPlanInstead() {
        String w = NetworkDrive.warning(Path.of("/mnt/quality/Improvement plan.waymark"), "cifs");
        assertTrue(w.startsWith("This plan is on a network drive (cifs)."), w);
        assertTrue(w.contains("waymark publish \"Improvement plan.waymark\" --to postgresql://"), w);
    }
}
