import type { Metadata } from "next";
import { NewUserForm, RoleForm } from "@/components/editor/user-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isRole } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/server";
import { listUsers } from "@/lib/users/mutations";
import { changeRoleAction, createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePagePermission("users:manage", "/admin/users");
  const users = await listUsers();
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader eyebrow="Admin" title="Users">
        Accounts are created here or with <code>npm run user:create</code>; there is no public
        sign-up.
      </PageHeader>
      <Card title={`Accounts (${users.length})`}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="py-2">Name</th>
              <th className="py-2">Email</th>
              <th className="py-2">Role</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="py-2">{u.name}</td>
                <td className="py-2 text-slate-600">{u.email}</td>
                <td className="py-2">
                  {isRole(u.role) && (
                    <RoleForm
                      changeRole={changeRoleAction}
                      userId={u.id}
                      role={u.role}
                      self={u.id === admin.id}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="New account">
        <NewUserForm create={createUserAction} />
      </Card>
    </div>
  );
}
