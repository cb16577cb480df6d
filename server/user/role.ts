/** `Role` lives in the kernel (server/core/role.ts); this path stays for the code and tests that import it from here. */
export { Role } from '../core/role';
