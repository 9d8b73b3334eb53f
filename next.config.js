/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native libSQL bindings must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "sharp"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
