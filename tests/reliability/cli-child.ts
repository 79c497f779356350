/** The command line as a child process, bundled once so many can start quickly (see bundle-child.ts). */
import '../../electron/cli/main';
