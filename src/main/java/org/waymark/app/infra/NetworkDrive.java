package org.waymark.app.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a plan file lives on a network file system. SQLite's write-ahead log keeps its index in shared memory,
 * which only works when every program using the file runs on one computer; over SMB or NFS two people editing at
 * once can damage the plan, and the lock beside it is no help across machines. SQLite cannot tell, so the file
 * system's type is asked (Linux and macOS name it), and a Windows path that starts with a server's name says so.
 * A mapped drive letter on Windows reports its remote file system as NTFS and is not recognised.
 */
public final class NetworkDrive {

    /** File system types, as Linux's /proc/mounts and macOS's statfs name them, that are another computer's disk. */
    private static final Set<String> NETWORK = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs",
            "fuse.sshfs", "sshfs", "9p", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "afs", "lustre", "gpfs", "fuse.rclone", "fuse.davfs2");

    private NetworkDrive() {}

    /** The network file system's type ("nfs4", "cifs", "a Windows network share"), or empty for a local disk or when it cannot be told. */
    public static Optional<String> of(Path file) {
        Path absolute = file.toAbsolutePath();
        String type;
        try {
            type = Files.getFileStore(Files.exists(absolute) ? absolute : absolute.getParent()).type();
        } catch (IOException | RuntimeException e) {
            type = null; // an unreadable mount table is no reason to refuse a plan: the warning is advice
        }
        return of(absolute.toString(), type);
    }

    static Optional<String> of(String path, String fileStoreType) {
        if (path.startsWith("\\\\") && !path.startsWith("\\\\?\\") && !path.startsWith("\\\\.\\")) return Optional.of("a Windows network share");
        if (fileStoreType == null) return Optional.empty();
        String type = fileStoreType.toLowerCase(Locale.ROOT);
        return NETWORK.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** What the window and the commands tell someone who opens a plan for editing on a network drive. */
    public static String warning(Path file, String kind) {
        return "This plan is on a network drive (" + kind + "). A plan file there is safe for one person on one computer at a time only: "
                + "two people editing it over the network can damage it, and its lock does not reach across computers. For a plan several "
                + "people edit, publish it to a shared plan on the trust's PostgreSQL server (File › Publish to a shared plan…, or from the "
                + "command line: waymark publish \"" + file.getFileName() + "\" --to postgresql://HOST/DATABASE).";
    }
}
