import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into the themes JAR as theme/clinic/account/resources (see themes/pom.xml). React comes from
// Keycloak's own vendor files through the import map of the inherited account index.ftl.
export default defineConfig({
  plugins: [react()],
  base: "",
  build: {
    outDir: "../target/account-console",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: "es2022",
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: "src/main.tsx",
      external: ["react", "react/jsx-runtime", "react-dom"],
    },
  },
});
